// panic with basic non-string values prints them in print's format (floats in e-notation).
package main

import "fmt"

func try(v any) {
	defer func() { fmt.Println("recovered", recover()) }()
	panic(v)
}

func main() {
	try(true)
	try(1.5)
	panic(2.5)
}
