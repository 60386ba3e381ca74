// strconv: Itoa, Atoi with errors, ParseInt bases and ranges, ParseFloat, FormatFloat, Quote, ParseBool.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	n, err = strconv.Atoi("")
	fmt.Println(n, err)
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("x1", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012, 'e', 3, 64))
	fmt.Println(strconv.Quote("hi\n\"there\"\t世"), strconv.QuoteRune('☺'), strconv.QuoteToASCII("世"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.FormatBool(false), strconv.AppendInt([]byte("n="), 7, 10))
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func)
	}
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
}
