package main

import "fmt"

func main() {
	fmt.Printf("|%-10s|%10s|\n", "left", "right")
	fmt.Printf("|%08.3f|%-8.2f|%+.1f|% d|\n", 3.14159, 2.5, 7.0, 42)
	fmt.Printf("|%5d|%-5d|%05d|%x|%X|%#x|%o|%#o|%b|\n", 42, 42, -42, 255, 255, 255, 8, 8, 5)
	fmt.Printf("|%x|%X|% x|%#x|\n", "hi", "hi", "abc", "abc")
	fmt.Printf("|%q|%q|%#q|%q|\n", "a\"b", 'x', "raw", 0x4E16)
	fmt.Printf("|%c|%U|%#U|\n", 65, 0x1F600, 'G')
	fmt.Printf("|%e|%E|%g|%G|%.3g|\n", 123456.789, 0.000123, 1e20, 1e-7, 123456.0)
	fmt.Printf("|%t|%v|%6.2v|\n", true, nil, 3.14159)
	fmt.Printf("|%*d|%-*d|%.*f|\n", 6, 1, 4, 2, 2, 1.0/3)
	fmt.Printf("|%s|%d|\n", 12, "str")
	fmt.Printf("|%d %d|\n", 1)
	fmt.Printf("|%d|\n", 1, 2)
	fmt.Printf("|%!|%z|\n", 3)
	fmt.Printf("|%v|%d|%s|\n", []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("|%6.2f%%|\n", 99.5)
	fmt.Printf("|%x|%X|\n", -255, []int{10, 11})
	fmt.Printf("|%010.4f|%-10.1e|\n", -3.14159, 1234.5)
	fmt.Printf("|%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("|%08b|%o|%O|\n", 5, -8, 64)
}
