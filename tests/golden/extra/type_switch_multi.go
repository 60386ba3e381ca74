package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape area %.1f", x.Area())
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var sp *Sq
	var s Shape
	for _, v := range []interface{}{nil, 3, int64(4), "héllo", errors.New("e"), Sq{2}, []int{1}, func() int { return 7 }, 2.5, sp, s, map[int]int{}} {
		fmt.Println(classify(v))
	}
	var i interface{} = 5
	if n, ok := i.(int); ok {
		fmt.Println("int", n)
	}
	str, ok := i.(string)
	fmt.Printf("%q %v\n", str, ok)
}
