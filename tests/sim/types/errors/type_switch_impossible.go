package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func main() {
	var s Stringer
	switch v := s.(type) {
	case T:
		fmt.Println(v)
	}
}
