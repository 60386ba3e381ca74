package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	m := map[string]int{"zeta": 1, "alpha": 2, "Mid": 3, "": 0}
	fmt.Println(m)
	fmt.Printf("%v %d\n", map[int]string{3: "c", -1: "a", 2: "b"}, map[int]int{2: 1, 1: 2})
	fmt.Println(map[K]bool{{2, "x"}: true, {1, "z"}: false, {1, "a"}: true})
	fmt.Println(map[float64]string{2.5: "b", -1: "a"}, map[bool]int{true: 1, false: 0})
	fmt.Printf("%+v\n", map[string][]int{"b": {2}, "a": nil})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	var ip interface{} = map[interface{}]int{"s": 1, 2: 2, 1.5: 3}
	fmt.Println(ip)
	s := fmt.Sprint(map[rune]int{'b': 1, 'a': 2})
	fmt.Println(s, len(s))
}
