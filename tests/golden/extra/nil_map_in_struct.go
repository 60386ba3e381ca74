package main

import "fmt"

type Registry struct {
	name  string
	items map[string]int
}

func (r *Registry) Add(k string) {
	r.items[k]++
}

func main() {
	r := Registry{name: "reg"}
	fmt.Println(r.items["missing"], len(r.items))
	for k := range r.items {
		fmt.Println(k)
	}
	delete(r.items, "x")
	fmt.Println("reads of nil map are fine")
	r.Add("boom")
	fmt.Println("unreachable")
}
