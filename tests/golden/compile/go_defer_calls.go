// go and defer need a function call; a call's result cannot be discarded with go/defer of a conversion.
package main

func f() int { return 1 }

func main() {
	defer f
	go func() {}
	defer int(3)
	x := 1
	go x
}
