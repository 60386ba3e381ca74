// Map keys: ints, floats, bools, arrays, structs, interfaces, pointers; printing sorts keys.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	ints := map[int]string{10: "ten", -5: "minus five", 3: "three", 0: "zero"}
	fmt.Println(ints)
	floats := map[float64]int{2.5: 1, -1: 2, 0: 3}
	fmt.Println(floats)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
	pts := map[Point]string{{2, 1}: "b", {1, 5}: "a", {1, 2}: "c"}
	fmt.Println(pts)
	arrs := map[[2]int]bool{{1, 2}: true, {0, 9}: false}
	fmt.Println(arrs)
	any := map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5}
	fmt.Println(len(any), any["a"], any[1], any[2.5])
	nested := map[string]map[string]int{"x": {"b": 2, "a": 1}, "w": {}}
	fmt.Println(nested)
	fmt.Printf("%v %d\n", ints, map[string]int{"z": 26, "a": 1})
	fmt.Printf("%#v\n", map[string]int{"k": 1, "a": 0})
	runes := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(runes)
}
