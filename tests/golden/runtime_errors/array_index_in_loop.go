// An off-by-one loop over an array panics at len(arr).
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	sum := 0
	for i := 0; i <= len(arr); i++ {
		sum += arr[i]
		fmt.Println(sum)
	}
}
