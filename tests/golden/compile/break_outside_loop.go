// break and continue outside a loop, an undefined label, and an unused label.
package main

func main() {
	break
	for {
		continue missing
	}
unused:
	println()
}
