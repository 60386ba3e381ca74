package main

import (
	. "strings"
	_ "fmt"
	m "math"
)

func main() {}
