package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 1500 * time.Microsecond, 1500 * time.Millisecond, 90 * time.Second, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -2 * time.Second}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds())
	}
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Round(time.Minute), d.Truncate(time.Hour), d.Minutes())
	_, err = time.ParseDuration("5 parsecs")
	fmt.Println(err)
	fmt.Printf("%v %d %s %T\n", 2*time.Second, 2*time.Second, time.Millisecond, time.Second)
	t := time.Date(2024, time.February, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05 Mon Jan"), t.Weekday(), t.YearDay(), t.Add(24*time.Hour).Format(time.RFC3339))
	t2 := t.AddDate(0, 1, 0)
	fmt.Println(t2.Sub(t), t2.After(t), t.Month(), int(t.Month()))
	fmt.Println(t.Format(time.Kitchen), t.Unix())
}
