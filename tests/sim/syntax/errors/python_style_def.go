package main

def main():
	print("hi")
