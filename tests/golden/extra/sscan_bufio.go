package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var name string
	var age int
	var h float64
	n, err := fmt.Sscanf("alice 30 1.75", "%s %d %f", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	var a, b int
	n, err = fmt.Sscan("7 8", &a, &b)
	fmt.Println(n, err, a+b)
	n, err = fmt.Sscanf("x", "%d", &a)
	fmt.Println(n, err)
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\n\nlast"))
	for i := 1; sc.Scan(); i++ {
		fmt.Printf("%d:%q\n", i, sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("  split  into words "))
	ws.Split(bufio.ScanWords)
	cnt := 0
	for ws.Scan() {
		cnt++
	}
	fmt.Println("words", cnt)
	r := bufio.NewReader(strings.NewReader("ab\ncd"))
	l, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", l, err)
	l, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", l, err)
}
