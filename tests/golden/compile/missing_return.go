// A function with results must end in a terminating statement.
package main

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
}

func loop() int {
	for {
	}
}

func main() {
	println(sign(1), loop())
}
