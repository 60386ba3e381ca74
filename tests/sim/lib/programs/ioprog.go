package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	p[0] = r.s[r.i]
	r.i++
	return 1, nil
}

func main() {
	b, err := io.ReadAll(&slowReader{s: "one byte at a time"})
	fmt.Printf("%q %v\n", b, err)
	var sb strings.Builder
	n, err := io.Copy(&sb, io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(os.Stdout, strings.NewReader("abc"), 5)
	fmt.Println()
	fmt.Println(n, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("xy"), buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("hello"), buf, 2)
	fmt.Println(k, err, string(buf[:k]))
	var log bytes.Buffer
	tee := io.TeeReader(strings.NewReader("teed"), &log)
	all, _ := io.ReadAll(tee)
	fmt.Println(string(all), log.String())
	mr := io.MultiReader(strings.NewReader("ab"), &slowReader{s: "cd"}, strings.NewReader("ef"))
	all, err = io.ReadAll(mr)
	fmt.Println(string(all), err)
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2, io.Discard)
	fmt.Fprintf(mw, "x=%d", 42)
	fmt.Println(b1.String(), b2.String())
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	all, _ = io.ReadAll(sec)
	fmt.Println(string(all), sec.Size())
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "msg %d\n", i)
		}
		pw.CloseWithError(errors.New("writer done"))
	}()
	all, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", all, err)
	n, err = io.Copy(io.Discard, strings.NewReader(strings.Repeat("z", 10000)))
	fmt.Println(n, err)
	io.WriteString(os.Stdout, "end\n")
}
