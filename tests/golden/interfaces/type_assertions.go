// Type assertions with comma-ok, to concrete and interface types.
package main

import (
	"fmt"
	"strconv"
)

type Num int

func (n Num) String() string { return "Num(" + strconv.Itoa(int(n)) + ")" }

func main() {
	var i interface{} = "hello"
	s, ok := i.(string)
	fmt.Println(s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	var j any = Num(3)
	str, ok := j.(fmt.Stringer)
	fmt.Println(str, ok, str.String())
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok)
	k := j.(Num)
	fmt.Println(int(k) + 1)
	var nilI any
	_, ok = nilI.(int)
	fmt.Println(ok)
	var e error
	_, ok = e.(interface{ Error() string })
	fmt.Println(ok)
}
