package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/fnv"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("Go")), base64.StdEncoding.EncodeToString([]byte("Go!")))
	h := fnv.New32a()
	h.Write([]byte("key"))
	fmt.Println(h.Sum32())
	h64 := fnv.New64()
	h64.Write([]byte("hello"))
	fmt.Printf("%x\n", h64.Sum(nil))
	fmt.Print(hex.Dump([]byte("hello, gophers! 0123456789")))
	b, err := hex.DecodeString("4a6g")
	fmt.Println(b, err)
	d, err := base64.URLEncoding.DecodeString("R28h")
	fmt.Println(string(d), err)
}
