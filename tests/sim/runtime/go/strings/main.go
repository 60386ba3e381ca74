// Records string conversions: range over invalid UTF-8, string(rune) of invalid runes,
// []rune / []byte conversions and the capacity []byte(s) gets (escaping and not).
package main

import "fmt"

var sink []byte

func main() {
	for _, s := range []string{"héllo, 世界", "a\xffb", "\xe4\xb8", "\xed\xa0\x80x", "\xc0\xafz", "\xf4\x90\x80\x80", "🙂!"} {
		for i, r := range s {
			fmt.Printf("%d:%U ", i, r)
		}
		fmt.Printf("| %d runes %q\n", len([]rune(s)), string([]rune(s)))
	}
	for _, r := range []int64{-1, 0x41, 0xD800, 0x10FFFF, 0x110000, 1 << 40} {
		fmt.Printf("%q ", string(rune(r)))
	}
	fmt.Println()
	for _, n := range []int{0, 1, 3, 8, 9, 31, 32, 33, 100} {
		s := string(make([]byte, n))
		b := []byte(s)
		sink = []byte(s)
		fmt.Print(n, ":", cap(b), "/", cap(sink), " ")
	}
	fmt.Println()
}
