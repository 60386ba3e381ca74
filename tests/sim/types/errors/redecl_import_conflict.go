package main

import (
	"fmt"
	"math/rand"
	"crypto/rand"
)

func main() {
	fmt.Println(rand.Int())
}
