// Maps: literal, insert, update, len, delete, comma-ok, zero value for a missing key, fmt sorts keys.
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m, len(m))
	m["four"] = 4
	m["one"] = 100
	delete(m, "two")
	delete(m, "nope")
	fmt.Println(m, len(m))
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok, m["zzz"])
	m["x"]++
	m["x"] += 10
	fmt.Println(m["x"])
	var nilMap map[string]bool
	fmt.Println(nilMap == nil, len(nilMap), nilMap["a"], nilMap)
	delete(nilMap, "a")
	for k, v := range nilMap {
		fmt.Println("never", k, v)
	}
	e := map[int][]string{}
	e[3] = append(e[3], "c")
	e[1] = append(e[1], "a", "A")
	fmt.Println(e)
}
