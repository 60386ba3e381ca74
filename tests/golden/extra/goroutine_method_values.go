package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID   int
	Name string
}

func (j Job) Run(out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- fmt.Sprintf("job %d:%s", j.ID, j.Name)
}

func main() {
	jobs := []Job{{1, "a"}, {2, "b"}, {3, "c"}}
	out := make(chan string, len(jobs))
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go j.Run(out, &wg)
	}
	wg.Wait()
	close(out)
	var res []string
	for s := range out {
		res = append(res, s)
	}
	sort.Strings(res)
	fmt.Println(res)
	var fns []func() string
	for i := range jobs {
		j := &jobs[i]
		fns = append(fns, func() string { return j.Name })
		j.Name += "!"
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
