// The strings package: search, split, join, replace, case, trim, fields, repeat.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "fox"), strings.ContainsRune(t, 'z'), strings.ContainsAny(t, "xyz"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.IndexByte(t, 'q'), strings.IndexRune(t, 'k'), strings.Index(t, "cat"))
	fmt.Println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog"), strings.Count(t, "o"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("HÉLLO World"), strings.Title("x"))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("--hi--", "-"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.IndexFunc("hello1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
}
