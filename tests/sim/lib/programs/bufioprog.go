package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("one  two\tthree\n four"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), ",")
	}
	fmt.Println(n)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "buffered %d\n", w.Available())
	w.WriteString("line two\n")
	r := bufio.NewReader(strings.NewReader("x:y:z"))
	part, err := r.ReadString(':')
	fmt.Fprintln(w, part, err, w.Buffered())
	rest, err := r.ReadString('!')
	fmt.Fprintln(w, rest, err)
	in := bufio.NewScanner(os.Stdin)
	fmt.Fprintln(w, in.Scan(), in.Err())
}
