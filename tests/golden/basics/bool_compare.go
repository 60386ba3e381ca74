// Booleans, comparison operators and short-circuit evaluation.
package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Println("eval", name)
	return v
}

func main() {
	fmt.Println(t("a", false) && t("b", true))
	fmt.Println(t("c", true) || t("d", true))
	fmt.Println(t("e", true) && t("f", false) || t("g", true))
	fmt.Println(!true, 1 < 2, "abc" < "abd", "Z" < "a", "" < "a")
	type P struct{ X, Y int }
	fmt.Println(P{1, 2} == P{1, 2}, P{1, 2} != P{2, 1})
	fmt.Println([3]int{1, 2, 3} == [3]int{1, 2, 3})
	var i1, i2 interface{} = 3, 3
	var i3 interface{} = int64(3)
	fmt.Println(i1 == i2, i1 == i3, i1 != nil)
}
