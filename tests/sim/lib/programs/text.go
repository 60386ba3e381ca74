package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Where string
	T     Celsius
	tags  []string
}

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len(), sb.Cap())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a href>x</a>"))
	fmt.Println(strings.Split("a,b,c", ","), strings.Join([]string{"x", "y"}, "+"), strings.Repeat("ab", 3))
	fmt.Println(strings.Title("hello wide world"), strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.FieldsFunc("a;b;;c", func(r rune) bool { return r == ';' }))
	before, after, ok := strings.Cut("k=v", "=")
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), before, after, ok)
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), []rune(s)[1], string([]rune(s)[7:9]))
	for i, c := range "aé世" {
		fmt.Print(i, ":", string(c), "(", utf8.RuneLen(c), ") ")
	}
	fmt.Println()
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	fmt.Println(bytes.ToUpper([]byte("abc")), string(bytes.TrimSpace([]byte("  x  "))), bytes.Contains([]byte("seafood"), []byte("foo")))
	rd := Reading{"lab", 21.5, []string{"a"}}
	fmt.Println(rd, &rd)
	fmt.Printf("%v %+v\n", rd, rd)
	fmt.Printf("%s|%10s|%-10v|\n", rd.T, rd.T, Celsius(-3))
	fmt.Printf("%#v\n", rd)
	fmt.Println(unicode.IsUpper('Ä'), unicode.IsLetter('中'), unicode.IsSpace('\u00a0'), string(unicode.ToLower('Ω')))
	fmt.Printf("%c %U %q %x\n", 'é', 'é', 'é', "é")
}
