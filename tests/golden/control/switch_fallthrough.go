// switch: no implicit fallthrough, explicit fallthrough, tagless, init statements, multiple values.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		case 2, 3:
			fmt.Print("two-three ")
			fallthrough
		case 4:
			fmt.Print("four-or-fell ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}
	fmt.Println(grade(95), grade(85), grade(10))
	switch x := 5; {
	case x > 3:
		fmt.Println("big", x)
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched")
	}
	f := func() int { fmt.Println("tag evaluated"); return 2 }
	switch f() {
	case 1, 2:
		fmt.Println("1 or 2")
	}
	switch {
	default:
		fmt.Println("default first is fine")
	case false:
	}
}
