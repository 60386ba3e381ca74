package main

func main() {
	a := 1 +
	b := @
	c := 'xy'
	d := "z
	e := 0b12
	f := 0x
	g := 1e
	h := '\400'
	i := "\z"
	j := 09
	k := 1_
	l := $
}
