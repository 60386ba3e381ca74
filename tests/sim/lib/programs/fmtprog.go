package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

type Node struct {
	Val   int
	Next  *Node
	Label fmt.Stringer
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

type Wrapper struct {
	Err   error
	D     time.Duration
	L     Level
	inner Level
	M     map[Level]int
}

type Bad struct{}

func (Bad) Error() string { panic(errors.New("oops")) }

type Matrix [2][2]float64

func main() {
	fmt.Println(Level(1), []Level{0, 2}, map[string]Level{"x": 2})
	n := &Node{Val: 1, Next: nil, Label: Level(0)}
	fmt.Printf("%v\n%+v\n", n, *n)
	p := Pt{1, 2}
	fmt.Println(p, &p, []*Pt{&p}[0])
	fmt.Printf("%s %v %d\n", &p, p, p)
	w := Wrapper{errors.New("e1"), 1500 * time.Millisecond, 2, 1, map[Level]int{2: 1, 0: 3}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(Bad{})
	fmt.Printf("[%5.1f|%-7.3e|%+d|%x|%X|%o|%b|%U|%c]\n", 3.14159, 12345.678, 42, 255, "Hi", 8, 5, 0x1F600, 'G')
	fmt.Printf("%08.3f|% d|%+.2e|%#o|%#x|%q|%v\n", -3.5, 7, 0.000123, 8, []byte("ab"), 'x', Matrix{{1, 2}, {3, 4.5}})
	fmt.Printf("%T %T %T %T %T\n", n, w, Matrix{}, errors.New("x"), fmt.Errorf("w %w", os.ErrNotExist))
	fmt.Printf("%6.2v|%-8q|%x\n", "hello", "go", -255)
	var sb strings.Builder
	fmt.Fprint(&sb, "a", 1, 2, "b", 3.0, nil)
	fmt.Fprintln(&sb, "|", []any{nil, 1})
	fmt.Print(sb.String())
	fmt.Print("x", 1, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), fmt.Sprintf("%d%%", 50))
	var np *Pt
	var ni fmt.Stringer
	var ne error
	fmt.Println(np, ni, ne)
	fmt.Printf("%d %s\n", []string{"a"}, 42)
	fmt.Printf("%!d %z\n", 1)
	fmt.Println(fmt.Sprintf("%v %v", struct {
		A []int
		B map[string]bool
	}{[]int{1}, map[string]bool{"k": true}}, [3]string{"a", "", "c"}))
	fmt.Println(errors.New("plain"), fmt.Errorf("code %d: %w", 404, errors.New("not found")))
	fmt.Printf("%v %.3v %10.4v|\n", 1e-7, 3.14159, 2.0/3)
	fmt.Printf("%t %v %08b %o %x %X %#X\n", true, false, 5, 64, 3.5, -1, 3000000000)
	fmt.Printf("%s\n", error(nil))
	fmt.Printf("%.2f%%\n", 99.5)
}
