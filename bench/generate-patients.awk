# Writes N synthetic patients (no real person) as an import CSV: awk -v n=1000 -f THIS
BEGIN {
    srand(seed == "" ? 42 : seed)
    split("Avery Blake Casey Drew Emery Finley Harper Jordan Kai Logan Morgan Parker Quinn Reese Riley Rowan Sawyer Skyler Taylor Emerson", first, " ")
    split("Abbott Baxter Calloway Dunmore Ellsworth Fairchild Galloway Holloway Ingram Jessup Kendrick Lockhart Merriweather Northcott Oakley Pemberton Quimby Rutherford Stanhope Thistlewood", last, " ")
    split("Springfield Riverton Fairview Lakewood Greenville Franklin Clinton Madison Georgetown Salem", city, " ")
    split("CA TX NY FL WA IL OH GA NC MI", state, " ")
    split("female male nonbinary other unknown", gender, " ")
    print "medical_record_number,first_name,last_name,date_of_birth,gender,email,phone,address_line1,address_line2,city,state,postal_code,guardian_name,guardian_phone"
    for (i = 1; i <= n; i++) {
        f = first[int(rand() * 20) + 1]; l = last[int(rand() * 20) + 1]
        printf "MRN%08d,%s,%s,%04d-%02d-%02d,%s,%s.%s%d@example.test,555-%04d,%d Elm Street,,%s,%s,%05d,\"%s, Guardian\",555-%04d\n",
            i, f, l, 2005 + int(rand() * 18), int(rand() * 12) + 1, int(rand() * 28) + 1, gender[int(rand() * 5) + 1],
            tolower(f), tolower(l), i, int(rand() * 10000), int(rand() * 9000) + 100, city[int(rand() * 10) + 1],
            state[int(rand() * 10) + 1], int(rand() * 99999), l, int(rand() * 10000)
    }
}
