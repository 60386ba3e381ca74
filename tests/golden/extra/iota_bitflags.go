package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	names := []string{"read", "write", "exec", "?", "admin"}
	for i, n := range names {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "x", iota
)

func main() {
	fmt.Println(Read, Write, Exec, Admin, Read|Exec, Perm(0), Perm(255))
	fmt.Printf("%d %v %s %08b\n", Admin, Write|Admin, Exec, Read|Write|Exec)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	var p Perm = Read
	p |= Write
	fmt.Println(p, p&Write == Write, p&^Read)
}
