package main

func main() {
	s := "héllo wörld" + @
	_ = s
}
