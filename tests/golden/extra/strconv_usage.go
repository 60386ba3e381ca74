package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "abc", "99999999999999999999", "0x1F", " 5"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	i, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(i, err)
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("1.2.3", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.Quote("tab\there \"q\" 中"), strconv.QuoteToASCII("中"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012, 'e', 3, 64))
	fmt.Println(strconv.Itoa(-0), strconv.AppendInt([]byte("n="), 12, 10))
	var ne *strconv.NumError
	_, err = strconv.Atoi("x1")
	fmt.Println(fmt.Sprintf("%T", err), ne == nil)
}
