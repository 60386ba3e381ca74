// Duplicate types in a type switch, within a clause and across clauses, including nil and
// identical composite types spelled differently (types2 stmt.go caseTypes).
// typeswitch_dup_alias.go has the alias case.
package main

import "fmt"

type T struct{ a int }

func main() {
	var i any = 1
	switch v := i.(type) {
	case int, string, int:
		fmt.Println(v)
	case nil, *T:
	case []byte, nil:
	case *T:
	case []uint8, map[string]int:
	case error, fmt.Stringer, error:
	}
}
