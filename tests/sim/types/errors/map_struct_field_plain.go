package main

type Item struct{ Qty int }

func main() {
	inv := map[string]Item{}
	inv["apple"].Qty = 5
	inv["pear"].Qty *= 2
}
