## Certificates
certificate-page = Certificate of completion
certificate-open = Open to print
certificate-print-hint = Print on A4; the QR code leads to the public page that confirms the certificate.
certificate-title = Certificate of Completion
certificate-body = This is to certify that { $name } took part in “{ $course }”, held in { $city } on { $dates }, and completed the course.
certificate-serial = Serial number
verify-title = Certificate verification
verify-valid = This certificate is valid.
verify-course = Course
verify-unknown = No valid certificate has this serial number.
verify-throttled = Too many serial numbers tried from this network; wait a minute and try again.
