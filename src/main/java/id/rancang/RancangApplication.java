package id.rancang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RancangApplication {

    public static void main(String[] args) {
        SpringApplication.run(RancangApplication.class, args);
    }
}
