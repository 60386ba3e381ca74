// Map values are not addressable: update struct values by reassigning, or store pointers.
package main

import "fmt"

type Acct struct {
	Name string
	Bal  int
}

func main() {
	m := map[string]Acct{"a": {"Ann", 10}}
	a := m["a"]
	a.Bal += 5
	fmt.Println(m["a"].Bal, a.Bal)
	m["a"] = a
	fmt.Println(m)
	p := map[string]*Acct{"b": {"Bob", 1}}
	p["b"].Bal *= 100
	fmt.Println(p["b"].Bal, *p["b"])
	m2 := m
	m2["c"] = Acct{"Cy", 0}
	fmt.Println(len(m), len(m2))
	sets := map[string]struct{}{}
	sets["x"] = struct{}{}
	_, has := sets["x"]
	fmt.Println(has, len(sets), sets)
}
