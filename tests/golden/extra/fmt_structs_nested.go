package main

import "fmt"

type Addr struct {
	City string
	Zip  *int
}

type User struct {
	Name  string
	Age   int
	Addr  Addr
	Tags  []string
	Meta  map[string]int
	Next  *User
	Any   interface{}
	Err   error
	fn    func()
}

type Color int

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

func main() {
	u := User{Name: "Ann", Age: 30, Addr: Addr{City: "Oslo"}, Tags: []string{"a", "b"}, Meta: map[string]int{"z": 1, "a": 2}, Any: 3.5}
	fmt.Printf("%v\n%+v\n", u, u)
	fmt.Printf("%#v\n", Addr{City: "X"})
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"t": true}, [2]string{"a", "b"})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.0, int8(-3))
	fmt.Printf("%v %+v %#v\n", Color(1), Color(0), Color(1))
	fmt.Printf("%v %d %s\n", []Color{0, 1}, Color(1), Color(0))
	var np *User
	var ni interface{}
	var ns []int
	var nm map[string]int
	fmt.Printf("%v %+v %v %v %v\n", np, ni, ns, nm, u.Err)
	fmt.Printf("%#v %#v %#v\n", ns, nm, ni)
	fmt.Println(struct{}{}, struct{ A, B int }{1, 2}, &struct{ X string }{"p"})
	fmt.Printf("%v\n", &Addr{"Rome", nil})
	fmt.Printf("%+v\n", []*int{nil})
	fmt.Printf("%s\n", u)
	fmt.Printf("%d\n", Addr{"c", nil})
	type pair struct {
		K string
		V []interface{}
	}
	fmt.Printf("%+v\n", pair{"k", []interface{}{1, "two", nil, []int{3}}})
}
