// range over a string decodes UTF-8: byte offsets as keys, invalid bytes yield U+FFFD width 1.
package main

import "fmt"

func main() {
	for i, r := range "aé世🚀" {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	fmt.Println(len(bad), []rune(bad), len([]rune(bad)))
	for i := range "xyz" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
	fmt.Printf("%q %+q %x\n", bad, "é", bad)
}
