// panic(nil) becomes a *runtime.PanicNilError since Go 1.21.
package main

func main() {
	panic(nil)
}
