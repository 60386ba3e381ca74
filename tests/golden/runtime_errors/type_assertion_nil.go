// Asserting on a nil interface panics: interface conversion: interface is nil, not int.
package main

func main() {
	var i interface{}
	_ = i.(int)
}
