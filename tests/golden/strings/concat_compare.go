// String concatenation in loops, comparison, and conversion of ints to strings.
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s, len(s))
	words := []string{"pear", "apple", "Banana", "apple2", ""}
	for _, a := range words {
		for _, b := range words {
			if a < b {
				fmt.Print(1)
			} else {
				fmt.Print(0)
			}
		}
		fmt.Println()
	}
	t := s
	s += "!"
	fmt.Println(t, s)
	bs := []byte("abc")
	str := string(bs)
	bs[0] = 'X'
	fmt.Println(str, string(bs))
}
