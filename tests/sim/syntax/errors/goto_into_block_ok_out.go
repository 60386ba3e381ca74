package main

func main() {
	for i := 0; i < 2; i++ {
		goto done
	}
done:
	println("ok")
	goto missing
}
