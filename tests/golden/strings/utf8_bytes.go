// Strings are immutable sequences of UTF-8 bytes: len counts bytes, indexing yields bytes.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], s[1:3], s[7:])
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Println(s[len(s)-3:] == "界", "a"+"b"+"c", s > "h")
	raw := `raw\n "string"`
	fmt.Println(raw, len(raw))
	fmt.Println("\x41\u00e9\U0001F600\t|", len("\U0001F600"))
	var empty string
	fmt.Println(empty == "", len(empty))
}
