// fmt uses String() and Error() methods, for values and pointers, nested in slices/structs/maps.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type V struct{ X, Y int }

func (v *V) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type E struct{ msg string }

func (e E) Error() string { return "E: " + e.msg }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

func main() {
	fmt.Println(Red, Blue, []Color{Green, Red})
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Blue)
	v := V{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %+v\n", []*V{&v}, struct{ C Color }{Blue})
	fmt.Println(E{"bad"}, Both{})
	var err error = E{"wrapped"}
	fmt.Println(err, errors.New("plain"))
	fmt.Printf("[%10s] [%-8v]\n", Red, Blue)
	m := map[Color]int{Blue: 3, Red: 1}
	fmt.Println(m)
}
