// An empty select blocks forever: goroutine 1 [select (no cases)].
package main

func main() {
	select {}
}
