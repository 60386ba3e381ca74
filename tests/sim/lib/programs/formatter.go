package main

import "fmt"

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	p, hasP := f.Precision()
	fmt.Fprintf(f, "$%d.%02d[%c w=%d/%v p=%d/%v +%v -%v #%v]", m.Cents/100, m.Cents%100, verb, w, hasW, p, hasP, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

type Boom struct{}

func (Boom) Format(f fmt.State, verb rune) { panic("no format") }

func main() {
	m := Money{12345}
	fmt.Println(m)
	fmt.Printf("%v|%8.2f|%+-s|%#x\n", m, m, m, m)
	fmt.Printf("%v\n", []Money{{1}, {250}})
	fmt.Println(Boom{})
	fmt.Println(fmt.Sprint(m), fmt.Errorf("e: %v", m))
}
