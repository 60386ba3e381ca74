package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	b, err := io.ReadAll(upper{strings.NewReader("hello reader")})
	fmt.Println(string(b), err)
	var sb strings.Builder
	n, err := io.Copy(&sb, io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(n, err, sb.String())
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "name\tqty\tprice")
	fmt.Fprintln(w, "apple\t3\t1.25")
	fmt.Fprintln(w, "watermelon\t10\t3.5")
	w.Flush()
	mw := io.MultiWriter(os.Stdout, &sb)
	fmt.Fprintln(mw, "both")
	fmt.Print(sb.String(), "\n")
}
