// A duplicate spelled through an alias: Go 1.26 keeps aliases as types (materialized aliases), so
// gc names the alias in the message.
package main

type T struct{ a int }
type Alias = T

func main() {
	var i any = 1
	switch i.(type) {
	case *T:
	case *Alias:
	}
}
