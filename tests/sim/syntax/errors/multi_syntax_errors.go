package main

func main() {
	x := [3]int{1, 2, 3
	y := map[string]int{
		"a": 1
	}
	if x[0] == 1 {
		println(y)
	else {
	}
}

func g() {
	for i := 0; i < 3; i++
	{
	}
}
