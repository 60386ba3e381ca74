package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

var ErrBase = errors.New("base")

func find(name string) error {
	return fmt.Errorf("find(%q): %w", name, &NotFound{name})
}

func main() {
	err := find("cfg")
	fmt.Println(err)
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	fmt.Printf("%T %T\n", err, errors.Unwrap(err))
	w := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrBase))
	fmt.Println(w, errors.Is(w, ErrBase), errors.Is(w, io.EOF))
	j := errors.Join(ErrBase, nil, io.EOF)
	fmt.Println(j, errors.Is(j, io.EOF))
	fmt.Printf("%q %T\n", j.Error(), j)
	fmt.Println(errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("a: %w, b: %w", ErrBase, io.EOF)
	fmt.Printf("%v %T %v\n", multi, multi, errors.Is(multi, io.EOF))
	_, err = strconv.Atoi("12a")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	v, err := strconv.ParseFloat("1e500", 64)
	fmt.Println(v, err)
	fmt.Println(strconv.Quote("héllo\n\x00"), strconv.Itoa(-45), strconv.FormatInt(255, 16))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Fprintln(os.Stderr, "to stderr", 42)
	fmt.Fprintf(os.Stdout, "%5.2f|%-6s|%x\n", 3.14159, "ab", "hi")
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
}
