package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type point struct{ x, y int }

func main() {
	var name string
	var age int
	var h float64
	n, err := fmt.Sscanf("alice 30 1.75", "%s %d %f", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	var a, b int
	n, err = fmt.Sscan("7\n 8", &a, &b)
	fmt.Println(n, err, a+b)
	n, err = fmt.Sscanln("7\n 8", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("12", &a, &b)
	fmt.Println(n, err)
	var u uint8
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("-5", &u)
	fmt.Println(n, err)
	var x, y int
	n, err = fmt.Sscanf("(3, -4)", "(%d, %d)", &x, &y)
	fmt.Println(n, err, point{x, y})
	n, err = fmt.Sscanf("3-4", "%d+%d", &x, &y)
	fmt.Println(n, err)
	var hexv, oct int
	var q string
	var ok bool
	var r rune
	n, err = fmt.Sscanf(`ff 0o17 "quoted str" true Z`, "%x %v %q %t %c", &hexv, &oct, &q, &ok, &r)
	fmt.Println(n, err, hexv, oct, q, ok, string(r))
	var bs []byte
	var f32 float32
	var c complex128
	n, err = fmt.Sscan("bytes 1e3 (1+2i)", &bs, &f32, &c)
	fmt.Println(n, err, string(bs), f32, c)
	n, err = fmt.Sscan("1", a)
	fmt.Println(n, err)
	var w1, w2 string
	n, err = fmt.Sscanf("abcdef", "%3s%s", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	n, err = fmt.Sscanf("5 6", "%d %d\n", &x, &y)
	fmt.Println(n, err, x, y)

	br := bufio.NewReader(strings.NewReader("10 20 30\n40\n"))
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(br, &v)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	sr := strings.NewReader("1 2\n3 4\n")
	for {
		var p, q int
		n, err := fmt.Fscanln(sr, &p, &q)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Println(p * q)
	}
	n, err = fmt.Scan(&a)
	fmt.Println(n, err)
	n, err = fmt.Fscanf(os.Stdin, "%d", &a)
	fmt.Println(n, err)
	in := bufio.NewScanner(os.Stdin)
	fmt.Println(in.Scan(), in.Err())
}
